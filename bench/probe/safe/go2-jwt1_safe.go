package main

var jwtSecret = []byte(os.Getenv("JWT_SECRET"))
