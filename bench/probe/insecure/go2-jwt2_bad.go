package main

tokenString, err := token.SignedString([]byte("my-secret-key"))
