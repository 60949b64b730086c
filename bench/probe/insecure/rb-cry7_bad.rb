OpenSSL::PKCS5.pbkdf2_hmac(pw, salt, 1000, 32, "sha256")
