package main

sessionID := fmt.Sprintf("%d", rand.Int63())
