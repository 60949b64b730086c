package main

if r.Header.Get("X-Forwarded-For") == "127.0.0.1" { admin = true }
