const r = await pool.query(`SELECT * FROM ${table} WHERE id = $1`, [id]);
