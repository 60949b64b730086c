res.render(req.query.page);
