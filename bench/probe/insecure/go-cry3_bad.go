package main

block, _ := des.NewCipher(key)
