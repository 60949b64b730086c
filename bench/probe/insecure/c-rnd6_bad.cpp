std::srand(std::time(nullptr));
int otp = std::rand() % 1000000;
