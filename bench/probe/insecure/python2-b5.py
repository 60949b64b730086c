hashed = hashlib.sha512(password.encode("utf-8")).hexdigest()
