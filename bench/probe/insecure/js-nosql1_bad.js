const user = await User.findOne({ username: req.body.username, password: req.body.password });
