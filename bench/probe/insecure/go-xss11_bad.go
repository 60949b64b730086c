package main

fmt.Fprintf(w, "Search results for %s", q)
