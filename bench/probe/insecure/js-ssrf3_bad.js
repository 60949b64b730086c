const resp = await got(req.query.target);
