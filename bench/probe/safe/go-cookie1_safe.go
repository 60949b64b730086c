package main

http.SetCookie(w, &http.Cookie{Name: "session", Value: sid, HttpOnly: true, Secure: true, SameSite: http.SameSiteStrictMode})
