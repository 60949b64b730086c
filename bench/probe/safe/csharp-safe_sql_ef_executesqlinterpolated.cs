context.Database.ExecuteSqlInterpolated($"DELETE FROM Logs WHERE Date < {date}");
