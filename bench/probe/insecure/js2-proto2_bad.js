const { path: p, value } = req.body;
_.set(config, p, value);
