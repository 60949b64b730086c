int len = ntohl(hdr->len);
char *buf = malloc(len + 1);
