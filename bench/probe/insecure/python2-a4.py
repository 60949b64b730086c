rows = await conn.fetch(f"SELECT * FROM users WHERE id = {uid}")
