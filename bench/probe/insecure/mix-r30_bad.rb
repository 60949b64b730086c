OpenSSL::PKCS5.pbkdf2_hmac_sha1(password, salt, 1000, 32)
