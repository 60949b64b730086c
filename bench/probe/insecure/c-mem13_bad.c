char buf[256];
read(fd, buf, 512);
