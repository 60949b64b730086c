resp.set_cookie("session", token, secure=False, httponly=False)
