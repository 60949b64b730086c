name = secure_filename(request.args.get("file"))
with open(os.path.join(BASE, name)) as f:
    data = f.read()
