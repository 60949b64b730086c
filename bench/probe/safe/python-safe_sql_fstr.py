cursor.execute("SELECT * FROM users WHERE name = %s", (name,))
