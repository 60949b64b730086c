int n = atoi(argv[1]);
char *buf = malloc(n);
memcpy(buf, src, n + 1);
