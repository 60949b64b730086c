package main

name := r.URL.Query().Get("name")
data, _ := os.ReadFile("/data/" + name)
