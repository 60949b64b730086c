sql = "SELECT * FROM users WHERE name = '%s'" % name
