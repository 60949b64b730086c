Cookie::build(("token", t)).secure(false).http_only(false)
