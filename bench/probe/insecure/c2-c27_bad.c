int len = atoi(getenv("LEN"));
char *p = alloca(len);
