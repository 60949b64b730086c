char *buf = malloc(n * sizeof(int));
