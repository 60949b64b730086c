package main

next := c.QueryParam("next")
return c.Redirect(http.StatusFound, next)
