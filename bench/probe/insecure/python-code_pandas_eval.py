df.query(request.args.get("filter"))
