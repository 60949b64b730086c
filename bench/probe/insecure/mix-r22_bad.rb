JWT.encode(payload, 'secret', 'HS256')
