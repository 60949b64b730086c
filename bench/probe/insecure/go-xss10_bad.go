package main

js := template.JS(userInput)
