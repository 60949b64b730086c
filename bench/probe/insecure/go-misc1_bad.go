package main

w.Write([]byte(err.Error()))
