package main

w.Header().Set("Location", r.URL.Query().Get("next"))
w.WriteHeader(http.StatusFound)
