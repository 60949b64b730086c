const q = Prisma.sql`SELECT * FROM User WHERE id = ${id}`;
