SSL_set_verify(ssl, SSL_VERIFY_NONE, NULL);
