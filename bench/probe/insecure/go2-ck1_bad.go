package main

c.SetCookie("session_id", sid, 3600, "/", "", false, false)
