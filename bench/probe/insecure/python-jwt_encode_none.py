token = jwt.encode(payload, None, algorithm="none")
