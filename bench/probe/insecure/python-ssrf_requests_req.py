import requests
resp = requests.get(request.args.get("url"))
