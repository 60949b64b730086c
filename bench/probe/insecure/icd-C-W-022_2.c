int keypair_generate(struct keypair *key)
{
    BN_GENCB cb;
    int ok;

    BN_GENCB_set(&cb, progress_cb, key);
    ok = RSA_generate_key_ex(key->rsa, 768, key->e, &cb);
    if (!ok)
        return -1;
    key->bits = 768;
    return 0;
}
