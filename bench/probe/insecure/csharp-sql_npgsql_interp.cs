await using var cmd = new NpgsqlCommand($"SELECT * FROM users WHERE name = '{name}'", conn);
