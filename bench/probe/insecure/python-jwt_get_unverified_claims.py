from jose import jwt
claims = jwt.get_unverified_claims(token)
