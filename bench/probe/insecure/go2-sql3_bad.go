package main

rows, _ := db.Query("SELECT * FROM users WHERE name = '" + r.URL.Query().Get("name") + "'")
