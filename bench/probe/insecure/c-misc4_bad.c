char *val = getenv("PATH");
system("ls");
