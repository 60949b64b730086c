OpenSSL::HMAC.hexdigest("SHA1", key, data)
