package main

cmd := exec.Command(c.Query("tool"), c.Query("arg"))
