const r = await db.query('SELECT * FROM users WHERE name = \'' + name + '\'');
