app[req.query.method](req.query.arg);
