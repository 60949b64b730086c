package main

name := c.Param("name")
f, _ := os.Open(name)
