EVP_CIPHER_CTX_set_padding(ctx, 0);
EVP_EncryptInit(ctx, EVP_bf_cbc(), key, iv);
