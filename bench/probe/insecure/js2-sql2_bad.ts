qb.andWhere(`post.title LIKE '%${search}%'`);
