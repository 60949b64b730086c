package main

http.Error(w, err.Error(), 500)
