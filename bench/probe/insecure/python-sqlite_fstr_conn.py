conn.execute(f"INSERT INTO logs VALUES ('{msg}')")
