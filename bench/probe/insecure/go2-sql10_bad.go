package main

db.Model(&User{}).Where("name LIKE '%" + search + "%'").Find(&users)
