package main

c.SetCookie("session", sid, 3600, "/", "", false, false)
