package main

hashed := md5.Sum([]byte(req.Password))
