SSL_CTX *ctx = SSL_CTX_new(TLSv1_method());
