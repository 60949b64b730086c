char *args[] = {"/bin/sh", "-c", user_cmd, NULL};
execv("/bin/sh", args);
