const sql = `DELETE FROM posts WHERE id = ${id}`;
await pool.query(sql);
