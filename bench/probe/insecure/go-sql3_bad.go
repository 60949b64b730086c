package main

query := "SELECT * FROM users WHERE email = '" + email + "'"
row := db.QueryRow(query)
