package main

tmpl.Execute(w, template.HTML(r.FormValue("bio")))
