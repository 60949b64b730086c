char sql[256];
sprintf(sql, "SELECT * FROM users WHERE name = '%s'", name);
sqlite3_exec(db, sql, cb, 0, &err);
