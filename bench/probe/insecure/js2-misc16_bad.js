const mod = await import(req.query.plugin);
