const { returnTo } = req.query;
res.redirect(returnTo);
