conn.execute_batch(&format!("DROP TABLE {}", table))?;
