char buf[64];
strcpy(buf, input);
