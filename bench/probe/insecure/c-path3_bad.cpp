std::ifstream in(base + "/" + filename);
