package main

cmd := exec.Command("git", "clone", r.FormValue("repo"))
