query = "SELECT * FROM users WHERE email = %s"
cursor.execute(query, (email,))
