package main

os.MkdirAll(dir, 0777)
