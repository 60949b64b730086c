package main

router.Use(cors.New(cors.Config{AllowAllOrigins: true, AllowCredentials: true}))
