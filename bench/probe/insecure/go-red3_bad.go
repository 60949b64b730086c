package main

c.Redirect(http.StatusFound, c.Query("return_to"))
