data = jwt.decode(token, key, algorithms=["HS256"])
