package main

f, _ := os.OpenFile(path, os.O_CREATE|os.O_RDWR, 0777)
