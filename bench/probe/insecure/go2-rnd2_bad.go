package main

import "math/rand"

key := make([]byte, 32)
rand.Read(key)
