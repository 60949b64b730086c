List<User> users = jdbcTemplate.query("SELECT * FROM users WHERE name = '" + name + "'", rowMapper);
