package main

cfg := &tls.Config{
	InsecureSkipVerify: skipVerify,
}
