db.all(`SELECT * FROM notes WHERE title LIKE '%${q}%'`, (e, rows) => {});
