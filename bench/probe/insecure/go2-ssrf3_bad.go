package main

req, _ := http.NewRequestWithContext(ctx, "GET", c.Query("url"), nil)
