const saltRounds = 1;
const h = await bcrypt.hash(password, saltRounds);
