package main

body, _ := ioutil.ReadAll(r.Body)
