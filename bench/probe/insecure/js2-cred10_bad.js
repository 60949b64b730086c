const JWT_SECRET = process.env.JWT_SECRET || 'dev-secret-change-me';
jwt.sign(payload, JWT_SECRET);
