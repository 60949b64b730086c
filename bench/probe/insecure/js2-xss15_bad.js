res.type('html').send(req.query.q);
