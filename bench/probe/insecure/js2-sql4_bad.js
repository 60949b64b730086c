const rows = await knex('users').orderBy(req.query.sortBy);
