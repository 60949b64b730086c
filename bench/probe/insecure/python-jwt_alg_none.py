data = jwt.decode(token, key, algorithms=["none"])
