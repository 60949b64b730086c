package main

w.Header().Set("Content-Type", "text/html")
w.Write([]byte("<div>" + r.FormValue("msg") + "</div>"))
