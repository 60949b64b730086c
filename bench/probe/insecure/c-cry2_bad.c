SHA1((const unsigned char *)pw, len, hash);
