const hash = bcrypt.hashSync(password, 4);
