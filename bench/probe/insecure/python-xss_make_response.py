return make_response("<p>" + request.args["q"] + "</p>")
