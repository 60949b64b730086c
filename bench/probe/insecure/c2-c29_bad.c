char *p = malloc(len);
strcpy(p, s);
