r = requests.get(url, verify=True)
