const user = await User.findOne({ email: String(req.body.email) });
