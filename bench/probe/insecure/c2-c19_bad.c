char buf[16];
fgets(buf, 256, stdin);
