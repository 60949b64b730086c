SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, verify_cb); /* verify_cb returns 1 always */
static int verify_cb(int ok, X509_STORE_CTX *x) { return 1; }
