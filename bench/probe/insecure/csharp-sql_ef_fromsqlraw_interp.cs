var users = context.Users.FromSqlRaw($"SELECT * FROM Users WHERE Name = '{name}'").ToList();
