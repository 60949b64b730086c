jwt.verify(token, key, { ignoreExpiration: true });
