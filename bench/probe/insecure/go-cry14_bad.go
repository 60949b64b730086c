package main

h := hmac.New(md5.New, key)
