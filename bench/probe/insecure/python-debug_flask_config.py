app.config["DEBUG"] = True
