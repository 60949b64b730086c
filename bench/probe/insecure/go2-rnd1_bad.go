package main

token := strconv.Itoa(rand.Int())
