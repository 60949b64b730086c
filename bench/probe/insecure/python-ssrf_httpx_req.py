import httpx
r = httpx.get(request.args["target"])
