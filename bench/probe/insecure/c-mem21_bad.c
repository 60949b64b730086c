char buf[10];
buf[len] = 0;
