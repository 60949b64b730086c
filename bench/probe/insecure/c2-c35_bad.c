char *line = NULL;
size_t n; getline(&line, &n, stdin);
system(line);
