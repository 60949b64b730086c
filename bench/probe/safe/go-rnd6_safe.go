package main

import "crypto/rand"

func nonce() []byte { b := make([]byte, 12); rand.Read(b); return b }
