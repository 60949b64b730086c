package main

http.SetCookie(w, &http.Cookie{Name: "token", Value: t, HttpOnly: false, Secure: false})
