package main

q := fmt.Sprintf("SELECT * FROM users WHERE id = %s", r.FormValue("id"))
