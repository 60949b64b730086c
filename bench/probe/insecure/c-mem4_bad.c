char line[100];
gets(line);
