import pandas as pd
df = pd.read_sql(f"SELECT * FROM orders WHERE customer = '{cust}'", conn)
