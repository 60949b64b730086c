SSL_CTX_set_cipher_list(ctx, "ALL:!aNULL:RC4:DES");
