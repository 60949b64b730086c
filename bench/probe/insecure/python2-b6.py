resp.set_cookie("token", jwt_token, httponly=False)
