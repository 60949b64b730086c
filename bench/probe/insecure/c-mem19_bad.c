free(ptr);
printf("%s", ptr->name);
