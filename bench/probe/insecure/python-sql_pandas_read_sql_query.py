df = pd.read_sql_query("SELECT * FROM t WHERE id=" + id, con)
