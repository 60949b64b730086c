package main

dec := gob.NewDecoder(conn)
dec.Decode(&msg)
