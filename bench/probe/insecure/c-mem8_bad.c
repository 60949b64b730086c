char *p = alloca(len);
