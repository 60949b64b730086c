package main

handler := cors.New(cors.Options{AllowOriginFunc: func(o string) bool { return true }, AllowCredentials: true})
