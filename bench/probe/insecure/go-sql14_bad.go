package main

var sb strings.Builder
sb.WriteString("SELECT * FROM users WHERE name = '")
sb.WriteString(name)
db.Query(sb.String())
