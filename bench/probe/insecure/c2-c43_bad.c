int fd = open("/tmp/lockfile", O_CREAT | O_RDWR, 0644);
