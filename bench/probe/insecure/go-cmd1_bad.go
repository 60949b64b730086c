package main

out, _ := exec.Command("sh", "-c", "ping -c 1 "+host).Output()
