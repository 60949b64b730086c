package main

w.Write([]byte("<p>" + r.FormValue("q") + "</p>"))
