FILE *fp = fopen("/tmp/myapp.tmp", "w");
