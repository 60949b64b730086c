package main

router.Use(cors.New(cors.Config{AllowOriginFunc: func(origin string) bool { return true }, AllowCredentials: true}))
