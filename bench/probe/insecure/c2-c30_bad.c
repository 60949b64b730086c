execl("/bin/sh", "sh", "-c", buf, NULL);
