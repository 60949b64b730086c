Digest::MD5.hexdigest(password)
