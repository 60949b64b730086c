String sql = "SELECT * FROM users WHERE email = '" + email + "'";
ResultSet rs = stmt.executeQuery(sql);
