package main

filter := fmt.Sprintf("(&(objectClass=person)(uid=%s))", username)
