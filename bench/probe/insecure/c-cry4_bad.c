EVP_EncryptInit_ex(ctx, EVP_des_cbc(), NULL, key, iv);
