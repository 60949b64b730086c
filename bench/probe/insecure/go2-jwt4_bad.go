package main

var hmacSampleSecret = []byte("s3cr3tk3yvalue")
