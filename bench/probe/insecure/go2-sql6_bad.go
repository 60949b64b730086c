package main

db.Where("email = '" + c.Query("email") + "'").First(&user)
