package main

req, _ := http.NewRequest("GET", c.Query("url"), nil)
