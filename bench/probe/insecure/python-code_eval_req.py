result = eval(request.args.get("expr"))
