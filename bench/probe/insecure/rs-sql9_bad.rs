let q = format!("SELECT * FROM users WHERE name = '{name}'");
