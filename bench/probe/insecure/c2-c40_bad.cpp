std::strcpy(dst, src.c_str());
