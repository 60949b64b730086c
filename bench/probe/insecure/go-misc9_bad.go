package main

t := template.Must(template.New("x").Parse(r.FormValue("tpl")))
