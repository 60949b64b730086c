package main

target := r.FormValue("target")
resp, err := http.Get(target)
