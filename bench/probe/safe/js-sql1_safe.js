const rows = await db.query('SELECT * FROM users WHERE id = $1', [req.params.id]);
