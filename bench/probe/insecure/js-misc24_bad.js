if (user.password === req.body.password) login(user);
