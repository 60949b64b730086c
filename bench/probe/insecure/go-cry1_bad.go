package main

h := md5.Sum([]byte(password))
