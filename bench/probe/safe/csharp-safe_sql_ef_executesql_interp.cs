await context.Database.ExecuteSqlAsync($"DELETE FROM Logs WHERE Date < {date}");
