var users = context.Users.FromSqlInterpolated($"SELECT * FROM Users WHERE Name = {name}").ToList();
