char *p = (char *)malloc(len);
memset(p, 0, len);
/* no NULL check */
