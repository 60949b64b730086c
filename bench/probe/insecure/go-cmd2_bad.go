package main

cmd := exec.Command("bash", "-c", fmt.Sprintf("tar -xzf %s", file))
