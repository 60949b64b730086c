resp.set_cookie("auth", token, samesite="None")
