char buf[16];
fgets(buf, 64, stdin);
