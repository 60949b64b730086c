char path[256];
snprintf(path, sizeof path, "/var/www/%s", req_path);
FILE *f = fopen(path, "r");
