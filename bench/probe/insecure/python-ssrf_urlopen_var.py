import urllib.request
resp = urllib.request.urlopen(url)
