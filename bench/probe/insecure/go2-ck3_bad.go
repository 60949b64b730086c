package main

cookie := http.Cookie{Name: "auth", Value: jwt, HttpOnly: false}
