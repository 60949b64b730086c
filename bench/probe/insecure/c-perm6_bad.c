fchmod(fd, S_IRWXU | S_IRWXG | S_IRWXO);
