package main

resp, err := client.Get(r.URL.Query().Get("url"))
