srand(1234);
