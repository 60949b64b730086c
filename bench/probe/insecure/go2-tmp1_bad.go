package main

f, _ := os.Create("/tmp/myapp.sock")
