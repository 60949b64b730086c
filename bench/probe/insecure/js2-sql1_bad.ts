const users = await this.repo.createQueryBuilder('user').where(`user.name = '${name}'`).getMany();
