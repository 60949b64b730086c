SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, NULL);
