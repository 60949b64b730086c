package main

http.SetCookie(w, &http.Cookie{Name: "session", Value: token, Path: "/"})
