qb.orderBy(req.query.sort, 'ASC');
