package main

var jwtSecret = []byte("supersecretkey")
