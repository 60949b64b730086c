package main

name := r.FormValue("name")
fmt.Fprintf(w, "<p>Welcome, %s!</p>", name)
