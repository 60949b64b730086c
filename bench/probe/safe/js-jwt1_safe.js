const payload = jwt.verify(token, process.env.JWT_SECRET, { algorithms: ['HS256'] });
