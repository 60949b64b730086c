df = pd.read_sql(f"SELECT * FROM t WHERE id = {x}", conn)
