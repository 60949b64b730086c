package main

http.ListenAndServe(":8080", nil)
