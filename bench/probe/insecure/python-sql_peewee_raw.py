User.raw("SELECT * FROM user WHERE name = '%s'" % name)
