import hashlib
etag = hashlib.md5(body, usedforsecurity=False).hexdigest()
