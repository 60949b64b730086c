res.redirect(req.query.next);
