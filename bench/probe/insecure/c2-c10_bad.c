umask(0);
