package main

resp, _ := http.Get("http://" + r.URL.Query().Get("host") + "/health")
