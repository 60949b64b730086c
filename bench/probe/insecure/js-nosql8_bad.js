const user = await User.create(req.body);
