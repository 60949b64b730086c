if (strcmp(token, expected) == 0) {}
