memcpy(dst, src, strlen(src));
