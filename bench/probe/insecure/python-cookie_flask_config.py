app.config["SESSION_COOKIE_SECURE"] = False
