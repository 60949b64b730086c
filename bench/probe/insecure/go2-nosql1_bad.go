package main

var filter bson.M
_ = c.ShouldBindJSON(&filter)
cur, _ := coll.Find(ctx, filter)
