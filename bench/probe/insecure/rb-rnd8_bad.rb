srand(1234)
