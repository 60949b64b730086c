package main

if r.Header.Get("X-API-Key") == apiKey {
