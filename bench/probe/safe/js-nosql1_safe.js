const user = await User.findOne({ username: String(req.body.username) });
