package main

db.Where("name = '" + name + "'").First(&user)
