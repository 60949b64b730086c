key = "0123456789abcdef0123456789abcdef"
cipher.key = key
