token = jwt.encode(payload, "supersecretjwtkey", algorithm="HS256")
