FILE *fp = popen(command, "r");
