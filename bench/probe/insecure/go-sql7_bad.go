package main

db.Where(fmt.Sprintf("name = '%s'", name)).Find(&users)
