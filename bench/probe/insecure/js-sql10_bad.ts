await prisma.$executeRawUnsafe('DELETE FROM t WHERE id=' + id);
