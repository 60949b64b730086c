const next = req.query.next as string;
res.redirect(next);
