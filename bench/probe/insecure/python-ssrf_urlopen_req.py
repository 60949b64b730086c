from urllib.request import urlopen
data = urlopen(request.args["url"]).read()
