const h = await bcrypt.hash(password, 5);
