iv = b"0000000000000000"
cipher = AES.new(key, AES.MODE_CBC, iv)
