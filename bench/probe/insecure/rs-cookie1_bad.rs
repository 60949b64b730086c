Cookie::build("session", token).http_only(false).finish()
