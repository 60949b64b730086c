connection.query('SELECT * FROM users WHERE name = \'' + name + '\'', cb);
