package main

stmt, _ := db.Prepare(fmt.Sprintf("SELECT * FROM %s WHERE id = ?", table))
