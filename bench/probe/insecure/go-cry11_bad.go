package main

var key = []byte("0123456789abcdef0123456789abcdef")
