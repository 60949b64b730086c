MD5((unsigned char*)password, strlen(password), digest);
