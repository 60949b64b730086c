char *t = tempnam("/tmp", "pre");
