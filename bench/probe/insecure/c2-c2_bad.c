char name[32];
memcpy(name, input, strlen(input) + 1);
