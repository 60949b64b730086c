let cookie = Cookie::build(("session", token)).http_only(false).secure(false).build();
