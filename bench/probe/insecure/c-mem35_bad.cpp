char buf[32];
std::cin >> buf;
