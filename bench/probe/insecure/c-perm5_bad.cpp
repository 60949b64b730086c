std::filesystem::permissions(p, std::filesystem::perms::all);
