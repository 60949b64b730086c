package main

q := fmt.Sprintf("SELECT * FROM users WHERE id = %s", c.Query("id"))
rows, _ := db.Query(q)
