std::system(("rm -rf " + path).c_str());
