query.whereRaw(`name = '${req.query.name}'`);
