char name[32];
scanf("%s", name);
