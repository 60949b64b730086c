Integer count = jdbcTemplate.queryForObject("SELECT count(*) FROM t WHERE owner = '" + owner + "'", Integer.class);
