const token = jwt.sign({ id: user.id }, process.env.SECRET, { algorithm: 'none' });
