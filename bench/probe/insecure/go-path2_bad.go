package main

f, _ := os.Open(r.FormValue("path"))
