package main

c.Writer.WriteString("<p>" + c.Query("q") + "</p>")
