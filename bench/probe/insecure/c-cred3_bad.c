mysql_real_connect(conn, "localhost", "root", "Passw0rd!", "db", 0, NULL, 0);
