package main

mode := cipher.NewCBCEncrypter(block, make([]byte, aes.BlockSize))
