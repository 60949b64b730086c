payload = jwt.decode(token, public_key)
