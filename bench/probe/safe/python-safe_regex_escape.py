pattern = re.compile(re.escape(request.args["q"]))
