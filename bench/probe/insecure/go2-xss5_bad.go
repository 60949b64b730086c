package main

return c.HTML(http.StatusOK, "<h1>"+c.QueryParam("name")+"</h1>")
