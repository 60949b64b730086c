package main

hash, _ := bcrypt.GenerateFromPassword([]byte(pw), 4)
