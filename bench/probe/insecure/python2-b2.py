r = requests.get(url=request.args["url"])
