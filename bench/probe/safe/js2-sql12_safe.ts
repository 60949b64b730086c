const rows = await db.execute(sql`select * from users where email = ${email}`);
