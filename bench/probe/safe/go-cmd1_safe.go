package main

out, _ := exec.Command("ping", "-c", "1", host).Output()
