res.render(req.query.view);
