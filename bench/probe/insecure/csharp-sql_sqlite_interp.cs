var cmd = new SqliteCommand($"SELECT * FROM notes WHERE owner = '{owner}'", conn);
