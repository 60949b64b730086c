const returnUrl = req.query.returnUrl || '/';
res.redirect(returnUrl);
