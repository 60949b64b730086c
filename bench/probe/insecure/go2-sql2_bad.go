package main

rows, _ := db.Query(fmt.Sprintf("SELECT * FROM users WHERE id = %s", c.Query("id")))
