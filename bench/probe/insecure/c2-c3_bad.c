char *dup = malloc(strlen(s));
memcpy(dup, s, strlen(s) + 1);
