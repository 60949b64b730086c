char *s = strdup(x);
sprintf(s, "%s-%s", a, b);
