package main

token, _, _ := new(jwt.Parser).ParseUnverified(tokenString, claims)
