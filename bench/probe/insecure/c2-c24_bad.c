unsigned char key[16] = "thisisakey123456";
AES_set_encrypt_key(key, 128, &aes);
