package main

conn, _ := net.Dial("tcp", r.FormValue("addr"))
