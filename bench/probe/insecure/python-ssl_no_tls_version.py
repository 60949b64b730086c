ctx = ssl.SSLContext(ssl.PROTOCOL_SSLv23)
