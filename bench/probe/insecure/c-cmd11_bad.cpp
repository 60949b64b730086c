auto cmd = fmt::format("git clone {}", url);
std::system(cmd.c_str());
