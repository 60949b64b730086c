package main

c := cors.New(cors.Options{AllowedOrigins: []string{"*"}, AllowCredentials: true})
