package main

db.Raw("SELECT * FROM users WHERE name = '" + name + "'").Scan(&users)
