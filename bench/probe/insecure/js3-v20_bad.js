const query = 'SELECT * FROM users WHERE name = ?'.replace('?', name);
