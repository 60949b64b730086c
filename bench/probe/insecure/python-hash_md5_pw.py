import hashlib
hashed = hashlib.md5(password.encode()).hexdigest()
