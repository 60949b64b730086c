res.render('index', { layout: req.query.layout });
