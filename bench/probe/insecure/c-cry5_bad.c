EVP_EncryptInit_ex(ctx, EVP_aes_128_ecb(), NULL, key, NULL);
