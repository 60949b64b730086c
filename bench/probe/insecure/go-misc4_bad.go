package main

srv := &http.Server{Addr: ":8080"}
