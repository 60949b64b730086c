context.Database.ExecuteSql($"UPDATE Users SET Active = 0 WHERE Id = {id}");
