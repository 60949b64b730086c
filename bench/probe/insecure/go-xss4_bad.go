package main

io.WriteString(w, "Hello "+name)
