const token = jwt.sign(payload, process.env.JWT_SECRET || 'secret');
