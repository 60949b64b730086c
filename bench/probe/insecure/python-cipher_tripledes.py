cipher = Cipher(algorithms.TripleDES(key), modes.CBC(iv))
