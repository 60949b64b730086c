std::cin >> buf;  // char buf[32]
