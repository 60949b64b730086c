package main

cmd := exec.CommandContext(ctx, "sh", "-c", userCmd)
