var r = db.ExecuteQuery<User>("SELECT * FROM Users WHERE Name = '" + name + "'");
