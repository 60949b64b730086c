MD5_Init(&ctx);
MD5_Update(&ctx, password, strlen(password));
