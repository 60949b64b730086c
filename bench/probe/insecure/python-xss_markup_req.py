return Markup(request.args.get("html"))
