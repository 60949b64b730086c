package main

db, _ := sql.Open("postgres", "postgres://admin:Passw0rd@localhost/app")
