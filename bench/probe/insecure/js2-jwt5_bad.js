jwt.verify(token, secret, { complete: true, ignoreExpiration: true });
