srand(time(NULL));
int token = rand();
