const token = jwt.sign(payload, 'mysecretkey123');
