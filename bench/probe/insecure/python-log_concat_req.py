logging.info("User: " + request.args.get("user"))
