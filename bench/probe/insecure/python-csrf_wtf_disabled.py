app.config["WTF_CSRF_ENABLED"] = False
