r = requests.get(url, verify="/etc/ssl/certs/ca.pem")
