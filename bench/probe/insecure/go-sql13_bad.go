package main

db.Exec(`UPDATE users SET name = '` + name + `' WHERE id = ` + id)
