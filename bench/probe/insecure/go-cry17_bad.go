package main

if subtle.ConstantTimeCompare([]byte(a), []byte(b)) == 1 {}
