import ssl
s = ssl.wrap_socket(sock, cert_reqs=ssl.CERT_NONE)
