FILE *f = fopen(argv[1], "r");
