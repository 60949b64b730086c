package main

name := mux.Vars(r)["file"]
http.ServeFile(w, r, "static/"+name)
