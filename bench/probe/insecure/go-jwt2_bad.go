package main

token, _ := jwt.Parse(s, func(t *jwt.Token) (interface{}, error) { return []byte(secret), nil })
