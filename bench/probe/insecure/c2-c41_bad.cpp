char buf[10];
std::sprintf(buf, "%s", s.c_str());
