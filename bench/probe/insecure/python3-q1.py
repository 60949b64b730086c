return open(request.query_params["f"]).read()
