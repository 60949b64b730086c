package main

u := c.Query("url")
resp, _ := http.Get(u)
