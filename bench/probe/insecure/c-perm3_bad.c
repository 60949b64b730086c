int fd = open(path, O_CREAT | O_WRONLY, 0666);
