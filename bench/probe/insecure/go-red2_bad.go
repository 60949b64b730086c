package main

next := r.FormValue("redirect")
http.Redirect(w, r, next, 302)
