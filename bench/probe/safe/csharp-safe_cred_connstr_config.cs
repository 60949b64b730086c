var conn = new SqlConnection(_config.GetConnectionString("Default"));
