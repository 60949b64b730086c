DES_ecb_encrypt(&in, &out, &ks, DES_ENCRYPT);
