const result = await db.query(SQL`SELECT * FROM users WHERE id = ${id}`);
