res.setHeader('Location', req.query.next);
res.statusCode = 302;
