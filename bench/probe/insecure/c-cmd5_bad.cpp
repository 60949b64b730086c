std::string cmd = "tar -xf " + filename;
system(cmd.c_str());
