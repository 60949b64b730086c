package main

url := template.URL(r.FormValue("link"))
