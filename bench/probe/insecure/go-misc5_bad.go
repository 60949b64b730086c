package main

re := regexp.MustCompile(r.URL.Query().Get("pattern"))
