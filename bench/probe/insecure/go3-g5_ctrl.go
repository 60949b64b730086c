package main

name := r.FormValue("name")
f, _ := os.Open(name)
