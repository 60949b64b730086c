char *sql = sqlite3_mprintf("SELECT * FROM users WHERE name = '%s'", name);
sqlite3_exec(db, sql, cb, NULL, &err);
