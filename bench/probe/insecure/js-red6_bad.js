res.setHeader('Location', req.query.next);
