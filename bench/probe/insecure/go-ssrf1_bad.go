package main

resp, _ := http.Get(r.URL.Query().Get("url"))
