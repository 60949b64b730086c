PQexec(conn, query);
