var users = db.Users.FromSql("SELECT * FROM Users WHERE Name = '" + name + "'");
