data = jwt.decode(token, SECRET, algorithms=["HS256"], options={"verify_exp": False})
