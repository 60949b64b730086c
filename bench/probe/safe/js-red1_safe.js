res.redirect('/dashboard');
