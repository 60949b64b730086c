package main

err := sqlx.Select(db, &users, "SELECT * FROM users WHERE name = '"+name+"'")
