const user = new User(req.body);
await user.save();
