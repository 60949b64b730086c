package main

next := c.Query("next")
c.Redirect(http.StatusFound, next)
