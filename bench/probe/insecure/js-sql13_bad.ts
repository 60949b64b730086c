const r = await repo.createQueryBuilder('u').where(`u.name = '${name}'`).getMany();
