package main

parts := strings.Fields(cmdline)
exec.Command(parts[0], parts[1:]...).Run()
