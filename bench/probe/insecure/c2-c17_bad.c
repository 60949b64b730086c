mysql_real_connect(conn, "db.example.com", "root", "Sup3rSecret!", "app", 3306, NULL, 0);
