let mut stmt = conn.prepare(&format!("SELECT * FROM t WHERE c = '{}'", c))?;
