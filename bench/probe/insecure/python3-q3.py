resp = requests.get(request.query_params["url"])
