var conn = new NpgsqlConnection("Host=db;Username=postgres;Password=postgres123;Database=app");
