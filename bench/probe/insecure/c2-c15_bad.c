SSL_CTX *ctx = SSL_CTX_new(TLSv1_client_method());
