char buf[64];
snprintf(buf, sizeof buf, "%s", input);
