package main

exec.Command("cmd", "/C", "dir "+path).Run()
