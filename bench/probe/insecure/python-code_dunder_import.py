mod = __import__(request.args.get("m"))
