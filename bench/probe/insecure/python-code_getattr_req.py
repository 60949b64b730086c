handler = getattr(obj, request.args.get("action"))
handler()
