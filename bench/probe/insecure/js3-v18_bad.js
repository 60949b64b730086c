db.query(`SELECT * FROM users WHERE id = ` + id);
