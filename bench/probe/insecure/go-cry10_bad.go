package main

h := sha256.Sum256([]byte(password))
user.PasswordHash = hex.EncodeToString(h[:])
