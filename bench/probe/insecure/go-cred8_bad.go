package main

if user == "admin" && pass == "hunter22" {}
