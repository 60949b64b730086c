jwt.verify(token, secret, { algorithms: ['none', 'HS256'] });
