package main

os.WriteFile("config.json", data, 0777)
