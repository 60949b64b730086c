FILE *f = fopen("/tmp/app.log", "w");
