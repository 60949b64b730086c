return render_template_string("<h1>%s</h1>" % request.args["name"])
