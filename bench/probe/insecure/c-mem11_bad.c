fprintf(stderr, msg);
