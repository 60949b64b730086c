scanf("%31s", name);
