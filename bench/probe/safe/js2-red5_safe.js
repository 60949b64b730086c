const returnUrl = req.query.returnUrl;
res.redirect(returnUrl.startsWith('/') && !returnUrl.startsWith('//') ? returnUrl : '/');
