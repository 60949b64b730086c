package main

tlsConfig := &tls.Config{MinVersion: tls.VersionTLS10}
