size_t total = count * size;
void *p = malloc(total);
