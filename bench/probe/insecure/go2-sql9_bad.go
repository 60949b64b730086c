package main

db.Raw(fmt.Sprintf("SELECT * FROM users WHERE name = '%s'", c.Query("name"))).Scan(&u)
