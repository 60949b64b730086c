package main

t := texttemplate.Must(texttemplate.New("x").Parse(page))
w.Header().Set("Content-Type", "text/html")
t.Execute(w, data)
