package main

iv := make([]byte, aes.BlockSize)
if _, err := io.ReadFull(rand.Reader, iv); err != nil { return err }
mode := cipher.NewCBCEncrypter(block, iv)
