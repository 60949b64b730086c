package main

c := cors.New(cors.Options{AllowOriginFunc: func(origin string) bool { return true }, AllowCredentials: true})
