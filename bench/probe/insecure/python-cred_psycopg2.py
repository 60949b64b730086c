import psycopg2
conn = psycopg2.connect(host="db", user="admin", password="S3cretPass!")
