const user = await User.findOne({ email: req.body.email });
