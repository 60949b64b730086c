if (strcmp(input, "admin123") == 0) grant_access();
