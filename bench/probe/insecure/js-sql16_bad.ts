const result = await dataSource.query(`SELECT * FROM users WHERE id = ${id}`);
