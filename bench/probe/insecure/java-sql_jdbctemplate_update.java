jdbcTemplate.update("DELETE FROM sessions WHERE token = '" + token + "'");
