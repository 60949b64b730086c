const u = await prisma.user.create({ data: req.body });
