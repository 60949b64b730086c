setuid(0);
