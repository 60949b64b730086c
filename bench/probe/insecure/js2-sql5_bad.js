const r = await db.query("SELECT * FROM users WHERE id = " + req.params.id);
