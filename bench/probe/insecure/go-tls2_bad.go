package main

cfg := &tls.Config{MinVersion: tls.VersionTLS10}
