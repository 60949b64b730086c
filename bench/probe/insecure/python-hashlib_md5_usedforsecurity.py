h = hashlib.md5(data, usedforsecurity=True)
