package main

cfg := &tls.Config{MaxVersion: tls.VersionTLS11}
