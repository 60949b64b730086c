var users = context.Users.FromSql($"SELECT * FROM Users WHERE Name = {name}").ToList();
