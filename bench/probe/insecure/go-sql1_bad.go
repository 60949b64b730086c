package main

rows, err := db.Query(fmt.Sprintf("SELECT * FROM users WHERE name = '%s'", name))
