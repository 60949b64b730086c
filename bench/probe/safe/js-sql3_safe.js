const r = await knex.raw('select * from users where email = ?', [email]);
