char path[PATH_MAX];
sprintf(path, "%s/%s", base, name);
