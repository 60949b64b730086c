return render_template_string("<p>" + request.args.get("msg") + "</p>")
