import hashlib
dk = hashlib.pbkdf2_hmac("sha256", password, salt, 1000)
