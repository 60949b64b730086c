package main

db.Where("name = ?", name).Find(&users)
