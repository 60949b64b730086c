char *name = tmpnam(NULL);
FILE *f = fopen(name, "w");
