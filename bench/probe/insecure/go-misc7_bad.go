package main

decoder := xml.NewDecoder(r.Body)
