rows = await conn.fetch(f"SELECT * FROM users WHERE name = '{name}'")
