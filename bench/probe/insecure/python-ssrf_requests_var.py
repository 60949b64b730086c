url = request.args["url"]
resp = requests.get(url)
