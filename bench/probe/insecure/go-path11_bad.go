package main

http.Handle("/", http.FileServer(http.Dir("/")))
