std::string q = "SELECT * FROM users WHERE name = '" + name + "'";
sqlite3_exec(db, q.c_str(), cb, 0, &err);
