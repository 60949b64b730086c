const r = await prisma.$executeRaw`UPDATE users SET name = ${name} WHERE id = ${id}`;
