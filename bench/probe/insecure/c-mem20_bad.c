strncat(buf, src, sizeof(buf));
