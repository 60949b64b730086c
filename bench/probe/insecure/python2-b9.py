cipher = Cipher(algorithms.AES(key), modes.CBC(b"0123456789abcdef"))
