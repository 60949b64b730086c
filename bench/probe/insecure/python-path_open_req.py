with open(request.args.get("file")) as f:
    data = f.read()
