char *p = realloc(p, size);
