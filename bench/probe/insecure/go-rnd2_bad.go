package main

import "math/rand"

var sessionID = rand.Int63()
