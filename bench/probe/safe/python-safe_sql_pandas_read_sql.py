df = pd.read_sql("SELECT * FROM orders WHERE customer = %(c)s", conn, params={"c": cust})
