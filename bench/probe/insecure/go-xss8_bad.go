package main

c.Data(200, "text/html", []byte("<b>"+c.Query("q")+"</b>"))
