package main

c.File(filepath.Join("./files", c.Param("name")))
