const user = await User.findOne(req.query);
