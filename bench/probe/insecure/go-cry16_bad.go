package main

if token == r.Header.Get("X-Api-Key") {}
