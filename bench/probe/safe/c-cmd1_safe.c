char *argv2[] = {"ping", "-c", "1", host, NULL};
execvp("ping", argv2);
