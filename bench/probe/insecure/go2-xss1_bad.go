package main

fmt.Fprintf(w, "<h1>Hello %s</h1>", r.URL.Query().Get("name"))
