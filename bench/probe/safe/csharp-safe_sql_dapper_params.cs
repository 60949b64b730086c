var users = conn.Query<User>("SELECT * FROM Users WHERE Name = @Name", new { Name = name });
