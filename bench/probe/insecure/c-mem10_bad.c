char *copy = malloc(sizeof(src));
strcpy(copy, src);
