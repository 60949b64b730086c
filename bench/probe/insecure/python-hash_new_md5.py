import hashlib
h = hashlib.new("md5", password.encode())
