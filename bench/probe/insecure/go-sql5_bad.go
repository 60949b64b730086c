package main

q := fmt.Sprintf("SELECT * FROM t ORDER BY %s", r.URL.Query().Get("sort"))
rows, _ := db.QueryContext(ctx, q)
