char tmp[64];
strcpy(tmp, getenv("HOME"));
