var users = db.Users.FromSqlRaw("SELECT * FROM Users WHERE Id = {0} AND Name = {1}", id, name).ToList();
