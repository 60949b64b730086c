return RedirectResponse(request.args.get("next"))
