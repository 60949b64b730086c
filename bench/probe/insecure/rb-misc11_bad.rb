JWT.decode(token, key, true, algorithm: "none")
