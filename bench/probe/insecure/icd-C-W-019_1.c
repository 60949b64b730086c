int encrypt_blob(const unsigned char *key, const unsigned char *in, int inlen,
                 unsigned char *out)
{
    unsigned char *iv = (unsigned char *)"0123456789012345";
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    int len, outlen;

    EVP_EncryptInit_ex(ctx, EVP_aes_256_gcm(), NULL, key, iv);
    EVP_EncryptUpdate(ctx, out, &len, in, inlen);
    outlen = len;
    EVP_EncryptFinal_ex(ctx, out + len, &len);
    EVP_CIPHER_CTX_free(ctx);
    return outlen + len;
}
