strncpy(dest, src, strlen(src));
