const u = await prisma.user.update({ where: { id }, data: req.body });
