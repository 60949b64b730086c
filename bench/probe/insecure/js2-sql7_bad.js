const where = `WHERE name = '${name}'`;
await db.query('SELECT * FROM users ' + where);
