PKCS5_PBKDF2_HMAC(pw, len, salt, slen, 1000, EVP_sha256(), 32, key);
