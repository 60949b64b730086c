const r = await fetch(req.query.url);
