std::mt19937 gen(std::random_device{}());
auto token = gen();
