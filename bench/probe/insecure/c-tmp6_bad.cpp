std::ofstream out("/tmp/data.txt");
