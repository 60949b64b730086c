std::mt19937 gen(time(nullptr));
auto session_id = gen();
