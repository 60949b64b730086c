package main

iv := make([]byte, aes.BlockSize)
mode := cipher.NewCBCEncrypter(block, iv)
