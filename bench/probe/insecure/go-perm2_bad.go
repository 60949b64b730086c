package main

os.Chmod(path, 0777)
