const token = jwt.sign({ id: user.id, role: user.role }, process.env.JWT_SECRET);
