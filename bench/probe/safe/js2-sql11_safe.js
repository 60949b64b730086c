const rows = await sql`SELECT * FROM users WHERE id = ${id}`;
