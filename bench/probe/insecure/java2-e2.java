StringBuilder sql = new StringBuilder();
sql.append("SELECT * FROM orders WHERE status = '").append(status).append("'");
