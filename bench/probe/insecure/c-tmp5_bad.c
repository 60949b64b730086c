sprintf(path, "/tmp/app_%d", getpid());
int fd = open(path, O_CREAT | O_WRONLY, 0644);
