const id = req.param('id');
db.query('SELECT * FROM t WHERE id = ' + id);
