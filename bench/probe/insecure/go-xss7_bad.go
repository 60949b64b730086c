package main

import "text/template"

func h(w http.ResponseWriter, r *http.Request) {
	t, _ := template.New("p").Parse("<h1>{{.}}</h1>")
	t.Execute(w, r.FormValue("name"))
}
