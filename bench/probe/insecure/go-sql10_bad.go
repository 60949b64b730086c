package main

rows, _ := pool.Query(ctx, "SELECT * FROM items WHERE owner = '"+owner+"'")
