package main

ioutil.WriteFile("/srv/files/"+c.Param("name"), body, 0644)
