package main

http.Redirect(w, r, r.URL.Query().Get("next"), http.StatusFound)
