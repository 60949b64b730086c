res.redirect(302, req.body.redirect_uri);
