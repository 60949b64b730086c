response.set_cookie("sid", value: sid, httponly: false)
