package main

import mrand "math/rand"

func otp() int { return mrand.Intn(900000) + 100000 }
