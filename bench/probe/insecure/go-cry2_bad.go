package main

hash := sha1.Sum([]byte(user.Password))
