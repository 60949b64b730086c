package main

dsn := "root:secretpw@tcp(127.0.0.1:3306)/app"
