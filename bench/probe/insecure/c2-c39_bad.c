X509_VERIFY_PARAM_set_hostflags(p, 0);
SSL_set_verify(ssl, SSL_VERIFY_PEER, NULL); /* no SSL_set1_host */
