EVP_DigestInit_ex(ctx, EVP_md5(), NULL);
