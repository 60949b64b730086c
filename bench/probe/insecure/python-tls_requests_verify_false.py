import requests
r = requests.get(url, verify=False)
