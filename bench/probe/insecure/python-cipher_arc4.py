from Crypto.Cipher import ARC4
cipher = ARC4.new(key)
