cursor.execute(f"SELECT * FROM users WHERE name = '{name}'")
