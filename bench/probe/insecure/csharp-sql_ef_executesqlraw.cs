context.Database.ExecuteSqlRaw($"DELETE FROM Logs WHERE Date < '{date}'");
