const r = await prisma.$queryRawUnsafe(`SELECT * FROM User WHERE email = '${email}'`);
