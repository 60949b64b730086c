import jwt
data = jwt.decode(token, verify=False)
