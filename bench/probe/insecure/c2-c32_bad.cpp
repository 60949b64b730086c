std::regex re(userPattern);
