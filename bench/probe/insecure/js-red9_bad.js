res.redirect(`${req.query.returnUrl}`);
