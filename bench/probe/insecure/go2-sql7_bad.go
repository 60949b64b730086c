package main

db.Order(c.Query("sort")).Find(&items)
