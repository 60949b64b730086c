package main

os.MkdirAll("/var/app/data", 0777)
