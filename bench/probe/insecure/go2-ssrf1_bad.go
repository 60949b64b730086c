package main

u := c.Query("url")
resp, _ := http.DefaultClient.Get(u)
