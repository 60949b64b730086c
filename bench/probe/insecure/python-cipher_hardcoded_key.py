cipher = AES.new(b"mysecretkey12345", AES.MODE_GCM)
