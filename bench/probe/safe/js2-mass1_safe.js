const { name, email } = req.body;
const user = await User.create({ name, email });
