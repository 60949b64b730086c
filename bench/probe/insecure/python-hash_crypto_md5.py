from Crypto.Hash import MD5
h = MD5.new(password.encode())
