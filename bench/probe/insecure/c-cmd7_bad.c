execlp("sh", "sh", "-c", command, NULL);
