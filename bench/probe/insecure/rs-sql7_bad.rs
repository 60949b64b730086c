let sql = "SELECT * FROM users WHERE email = '".to_string() + &email + "'";
conn.execute(&sql, [])?;
