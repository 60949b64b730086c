var n = await db.Database.ExecuteSqlInterpolatedAsync($"DELETE FROM T WHERE Id = {id}");
