import pymysql
conn = pymysql.connect(host="localhost", user="root", passwd="rootpass123", db="app")
