const { username, password } = req.body;
const user = await User.findOne({ username, password });
