conn.execute(&format!("INSERT INTO logs VALUES ('{}')", msg), [])?;
