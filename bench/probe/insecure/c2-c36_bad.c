MD5_CTX c; MD5_Init(&c);
