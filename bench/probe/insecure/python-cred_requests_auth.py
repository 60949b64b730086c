r = requests.get(url, auth=("admin", "P@ssw0rd123"))
