JWT.decode(token, nil, false)
