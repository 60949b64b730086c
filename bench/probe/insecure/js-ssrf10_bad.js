const r = await needle('get', req.query.url);
