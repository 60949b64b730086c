package main

ctx.JSON(500, gin.H{"error": err.Error()})
