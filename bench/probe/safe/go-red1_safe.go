package main

http.Redirect(w, r, "/dashboard", http.StatusFound)
