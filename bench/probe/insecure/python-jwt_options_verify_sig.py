import jwt
data = jwt.decode(token, options={"verify_signature": False})
