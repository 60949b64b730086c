process.umask(0);
