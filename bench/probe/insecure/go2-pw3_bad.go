package main

hash, _ := bcrypt.GenerateFromPassword([]byte(pw), bcrypt.MinCost)
