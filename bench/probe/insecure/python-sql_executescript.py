conn.executescript(f"DROP TABLE {table}")
