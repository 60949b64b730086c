package main

import "math/rand/v2"

func apiKey() uint64 { return rand.Uint64() }
