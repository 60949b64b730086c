const sql = 'SELECT * FROM users WHERE name = "' + name + '"';
db.query(sql);
