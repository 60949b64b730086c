package main

w.Header().Set("Location", r.URL.Query().Get("url"))
w.WriteHeader(302)
