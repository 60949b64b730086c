package main

import "math/rand"

func nonce() []byte { b := make([]byte, 12); rand.Read(b); return b }
