var r = db.Database.SqlQuery<int>($"SELECT Id FROM Users WHERE Name = {name}");
