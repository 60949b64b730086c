package main

auth := smtp.PlainAuth("", "me@x.com", "mailpass123", "smtp.x.com")
