package main

return c.Redirect(http.StatusFound, c.QueryParam("next"))
