import urllib.request
resp = urllib.request.urlopen(request.args.get("url"))
