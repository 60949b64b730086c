if (username === 'admin' && password === 'admin123') { req.session.isAdmin = true; }
