decoded = JWT.decode(token, secret, false)
