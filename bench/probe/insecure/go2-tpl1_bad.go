package main

t, _ := template.New("page").Parse(r.FormValue("template"))
