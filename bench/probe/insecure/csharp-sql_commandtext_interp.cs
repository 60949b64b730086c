cmd.CommandText = $"UPDATE Users SET Email = '{email}' WHERE Id = {id}";
