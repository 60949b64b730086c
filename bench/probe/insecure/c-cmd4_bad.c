snprintf(buf, sizeof buf, "ls %s", dir);
FILE *p = popen(buf, "r");
