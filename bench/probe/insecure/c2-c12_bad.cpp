std::mt19937 rng(std::random_device{}());
std::string token;
for (int i = 0; i < 32; ++i) token += charset[rng() % charset.size()];
