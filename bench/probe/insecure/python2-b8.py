iv = bytes(16)
cipher = AES.new(key, AES.MODE_CBC, iv)
