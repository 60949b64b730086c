var users = db.Users.FromSqlRaw("SELECT * FROM Users WHERE Name = '" + name + "'");
