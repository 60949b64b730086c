etag = hashlib.md5(file_bytes).hexdigest()  # cache key
