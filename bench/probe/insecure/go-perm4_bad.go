package main

f, _ := os.OpenFile(name, os.O_CREATE|os.O_WRONLY, 0666)
