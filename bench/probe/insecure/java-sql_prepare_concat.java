PreparedStatement ps = conn.prepareStatement("SELECT * FROM users WHERE name = '" + name + "'");
