resp.set_cookie("session_id", sid)
