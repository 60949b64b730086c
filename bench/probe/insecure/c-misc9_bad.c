snprintf(q, sizeof q, "SELECT * FROM users WHERE id = %s", id);
mysql_query(conn, q);
