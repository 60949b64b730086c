import mysql.connector
cnx = mysql.connector.connect(user="root", password="hunter2pass", host="127.0.0.1")
