std::default_random_engine eng(time(0));
unsigned key = eng();
