const { sql } = await request.json();
await db.query(sql);
