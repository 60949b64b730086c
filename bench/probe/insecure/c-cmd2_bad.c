char cmd[512];
snprintf(cmd, sizeof(cmd), "convert %s out.png", filename);
system(cmd);
