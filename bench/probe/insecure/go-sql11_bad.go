package main

db.Order(r.URL.Query().Get("sort")).Find(&items)
