package main

rows, err := db.Query("SELECT * FROM users WHERE name = $1", name)
