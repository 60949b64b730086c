package main

u := r.URL.Query().Get("url")
resp, _ := http.Get(u)
