cipher = AES.new(KEY, AES.MODE_CBC, iv=b"\x00" * 16)
