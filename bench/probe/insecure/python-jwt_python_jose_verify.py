claims = jwt.decode(token, key, options={"verify_signature": False, "verify_exp": False})
