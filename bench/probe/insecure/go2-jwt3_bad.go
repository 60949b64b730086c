package main

store := sessions.NewCookieStore([]byte("secret-key-123"))
