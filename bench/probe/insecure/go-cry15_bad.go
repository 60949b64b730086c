package main

if string(mac) == expectedMAC {}
