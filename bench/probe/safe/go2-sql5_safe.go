package main

db.Where("email = ?", email).First(&user)
