var r = db.Database.SqlQueryRaw<int>($"SELECT Id FROM Users WHERE Name = '{name}'");
