std::ostringstream oss;
oss << "ping " << host;
system(oss.str().c_str());
