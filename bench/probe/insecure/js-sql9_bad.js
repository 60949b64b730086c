const stmt = db.prepare(`SELECT * FROM users WHERE name = '${name}'`);
stmt.get();
