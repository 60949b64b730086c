var u = await connection.QueryFirstOrDefaultAsync<User>($"SELECT * FROM Users WHERE Email = '{email}'");
