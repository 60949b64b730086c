AES_ecb_encrypt(in, out, &key, AES_ENCRYPT);
