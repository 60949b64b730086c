session = requests.Session()
session.verify = False
