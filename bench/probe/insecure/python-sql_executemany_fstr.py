cur.executemany(f"INSERT INTO {table} VALUES (?, ?)", rows)
