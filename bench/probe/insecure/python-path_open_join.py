path = os.path.join(UPLOAD_DIR, request.args["name"])
return open(path).read()
