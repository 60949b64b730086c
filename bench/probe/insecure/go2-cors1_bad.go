package main

config := cors.DefaultConfig()
config.AllowAllOrigins = true
config.AllowCredentials = true
