package main

os.WriteFile("id_rsa", key, 0644)
