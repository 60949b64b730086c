char *q = sqlite3_mprintf("SELECT * FROM t WHERE n = '%s'", name);
