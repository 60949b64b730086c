JWT.decode(token, secret, true, { verify_expiration: false })
