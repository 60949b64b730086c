const { email, password } = req.body;
const user = await User.findOne({ email, password });
