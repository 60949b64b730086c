package main

u := r.URL.Query().Get("u")
resp, _ := client.Get(u)
