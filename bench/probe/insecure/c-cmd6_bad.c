execl("/bin/sh", "sh", "-c", cmd, (char *)NULL);
