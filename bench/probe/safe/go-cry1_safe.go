package main

hash, _ := bcrypt.GenerateFromPassword([]byte(password), bcrypt.DefaultCost)
