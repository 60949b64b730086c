SHA256((unsigned char*)data, len, digest);
