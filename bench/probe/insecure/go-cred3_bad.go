package main

var jwtKey = []byte("my_secret_key")
