package main

db.Where(fmt.Sprintf("email = '%s'", email)).First(&user)
