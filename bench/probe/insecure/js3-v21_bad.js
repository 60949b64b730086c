const q = util.format('SELECT * FROM users WHERE id = %s', id);
db.query(q);
