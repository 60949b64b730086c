if hmac.new(key, msg, hashlib.sha256).hexdigest() == signature:
    pass
