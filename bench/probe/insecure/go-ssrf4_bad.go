package main

resp, _ := http.Post(r.FormValue("webhook"), "application/json", body)
