package main

c, _ := rc4.NewCipher(key)
