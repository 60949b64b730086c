package main

block.Encrypt(dst, src) // ECB: for i := 0; i < len(src); i += 16
