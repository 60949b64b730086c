const r = await db.query(sqlString.format('SELECT * FROM t WHERE x = ' + x));
