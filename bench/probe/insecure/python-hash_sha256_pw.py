import hashlib
pw_hash = hashlib.sha256(password.encode()).hexdigest()
