token = jwt.encode({"user_id": uid}, "secret", algorithm="HS256")
