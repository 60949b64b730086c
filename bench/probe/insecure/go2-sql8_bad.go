package main

query := "SELECT * FROM products WHERE category = '" + c.Param("cat") + "'"
rows, _ := db.Query(query)
