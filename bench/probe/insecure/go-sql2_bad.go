package main

rows, err := db.Query("SELECT * FROM users WHERE id = " + id)
