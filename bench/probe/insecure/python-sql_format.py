cursor.execute("SELECT * FROM users WHERE id = {}".format(user_id))
