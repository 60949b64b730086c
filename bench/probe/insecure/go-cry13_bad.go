package main

priv, _ := rsa.GenerateKey(rand.Reader, 1024)
