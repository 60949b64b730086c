ctx = ssl.SSLContext(ssl.PROTOCOL_SSLv3)
