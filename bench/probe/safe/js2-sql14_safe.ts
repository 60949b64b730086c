const { rows } = await sql`SELECT * FROM posts WHERE slug = ${slug}`;
