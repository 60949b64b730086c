package main

log.Printf("user %s logged in with password %s", username, password)
