var r = db.Database.SqlQuery<User>("SELECT * FROM Users WHERE Name = '" + name + "'");
