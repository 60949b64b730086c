sqlite3_exec(db, sql, 0, 0, &err);
