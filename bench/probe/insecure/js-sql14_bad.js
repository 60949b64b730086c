const q = 'SELECT * FROM users ORDER BY ' + req.query.sort;
db.query(q);
