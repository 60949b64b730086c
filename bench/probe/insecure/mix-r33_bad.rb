Digest::SHA256.hexdigest(password + salt)
