package main

store := sessions.NewCookieStore([]byte("something-very-secret"))
