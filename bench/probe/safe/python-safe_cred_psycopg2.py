conn = psycopg2.connect(host="db", user="admin", password=os.environ["DB_PASSWORD"])
