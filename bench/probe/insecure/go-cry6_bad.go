package main

iv := []byte("1234567890123456")
stream := cipher.NewCFBEncrypter(block, iv)
