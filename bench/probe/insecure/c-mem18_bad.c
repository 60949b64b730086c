sscanf(line, "%s %s", user, pass);
