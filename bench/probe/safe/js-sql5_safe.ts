const r = await prisma.$queryRaw`SELECT * FROM User WHERE email = ${email}`;
