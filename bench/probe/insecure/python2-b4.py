import hashlib
password_hash = hashlib.sha256((salt + password).encode()).hexdigest()
