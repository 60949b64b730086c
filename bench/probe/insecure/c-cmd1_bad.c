char cmd[256];
sprintf(cmd, "ping -c 1 %s", host);
system(cmd);
