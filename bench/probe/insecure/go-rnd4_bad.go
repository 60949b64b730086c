package main

rand.Seed(time.Now().UnixNano())
resetToken := strconv.Itoa(rand.Int())
