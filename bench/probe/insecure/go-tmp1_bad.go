package main

f, _ := os.Create("/tmp/app.pid")
