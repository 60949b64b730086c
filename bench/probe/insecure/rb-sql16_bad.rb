client.query("SELECT * FROM users WHERE login = '#{login}'")
