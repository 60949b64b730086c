package main

gin.SetMode(gin.DebugMode)
