with connection.cursor() as cursor:
    cursor.execute("SELECT * FROM t WHERE name = '%s'" % name)
