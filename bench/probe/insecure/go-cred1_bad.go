package main

const password = "SuperSecret123"
