package main

log.Printf("login user=%s password=%s", user, password)
