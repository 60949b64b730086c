char out[128];
sprintf(out, "Hello %s", name);
