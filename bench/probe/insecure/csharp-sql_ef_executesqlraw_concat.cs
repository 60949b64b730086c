await db.Database.ExecuteSqlRawAsync("UPDATE Users SET Role = '" + role + "'");
