cipher = Cipher(algorithms.AES(b"0123456789abcdef0123456789abcdef"), modes.GCM(iv))
