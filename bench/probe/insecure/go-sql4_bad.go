package main

db.Exec(fmt.Sprintf("DELETE FROM sessions WHERE token = '%s'", tok))
