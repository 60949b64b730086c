query = f"SELECT * FROM users WHERE email = '{email}'"
