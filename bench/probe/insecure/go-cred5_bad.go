package main

req.SetBasicAuth("admin", "admin123!")
