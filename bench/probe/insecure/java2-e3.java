String sql = "SELECT * FROM users WHERE name LIKE '%" + q + "%'";
