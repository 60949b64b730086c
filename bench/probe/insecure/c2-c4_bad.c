char q[512];
snprintf(q, sizeof q, "SELECT * FROM users WHERE name = '%s'", name);
mysql_query(conn, q);
