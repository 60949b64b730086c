rows = await conn.fetch("SELECT * FROM users WHERE name = $1", name)
