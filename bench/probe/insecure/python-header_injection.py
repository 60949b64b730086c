response.headers["Location"] = request.args.get("url")
