tmpl = env.from_string(request.form["template"])
