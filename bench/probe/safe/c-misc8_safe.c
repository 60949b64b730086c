sqlite3_prepare_v2(db, "SELECT * FROM users WHERE name = ?", -1, &stmt, NULL);
sqlite3_bind_text(stmt, 1, name, -1, SQLITE_TRANSIENT);
