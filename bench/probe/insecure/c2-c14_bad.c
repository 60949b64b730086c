PKCS5_PBKDF2_HMAC(password, strlen(password), salt, 16, 1000, EVP_sha256(), 32, key);
