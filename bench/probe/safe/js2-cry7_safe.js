const hash = await bcrypt.hash(password, 12);
