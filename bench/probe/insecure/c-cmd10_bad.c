system(argv[1]);
