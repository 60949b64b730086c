package main

out, _ := exec.Command("bash", "-c", "curl "+c.Query("url")).Output()
