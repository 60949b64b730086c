std::string sql = "SELECT * FROM users WHERE id = " + std::to_string(id) + " AND name = '" + name + "'";
