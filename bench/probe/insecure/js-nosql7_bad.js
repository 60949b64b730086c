const user = await User.findById(req.params.id);
Object.assign(user, req.body);
await user.save();
