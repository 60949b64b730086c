import hashlib
hashed = hashlib.sha1(password.encode()).hexdigest()
