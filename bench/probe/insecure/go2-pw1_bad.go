package main

hash := sha256.Sum256([]byte(password))
