package main

f, _ := ioutil.TempFile("", "x") 
