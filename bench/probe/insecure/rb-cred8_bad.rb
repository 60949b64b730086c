JWT.encode(payload, "my$ecretK3y", "HS256")
