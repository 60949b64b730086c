char *s = getenv("USER");
printf(s);
